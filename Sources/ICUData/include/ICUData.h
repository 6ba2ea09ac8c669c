// ICUData has no interface: its one object defines ICU's data symbol in release builds
// (icu_data.S, written by scripts/generate-icu-data). A C target needs a public header folder.
