import Testing

@testable import LineEditor

@Suite struct CompletionPlanTests {
    @Test func aSoleCandidateIsInsertedWithASpace() {
        let plan = CompletionPlan(Completions(replacing: 3, candidates: ["create"]), typed: "cre")
        #expect(plan == .replace(deleting: 3, inserting: "create "))
    }

    @Test(arguments: ["@docs/", "runtime=", "$b.", "now("])
    func aSoleCandidateThatExpectsMoreGetsNoSpace(candidate: String) {
        let plan = CompletionPlan(Completions(replacing: 1, candidates: [candidate]), typed: String(candidate.prefix(1)))
        #expect(plan == .replace(deleting: 1, inserting: candidate))
    }

    @Test func aCompleterCanAskForNoSpace() {
        let plan = CompletionPlan(Completions(replacing: 2, candidates: ["$build"], appendsSpace: false), typed: "$b")
        #expect(plan == .replace(deleting: 2, inserting: "$build"))
    }

    @Test func severalCandidatesInsertTheirCommonPrefix() {
        let plan = CompletionPlan(Completions(replacing: 1, candidates: ["function", "function version"]), typed: "f")
        #expect(plan == .replace(deleting: 1, inserting: "function"))
    }

    @Test func severalCandidatesWithNothingMoreInCommonAreListed() {
        let plan = CompletionPlan(Completions(replacing: 0, candidates: ["create", "delete", "fetch"]), typed: "")
        #expect(plan == .list(["create", "delete", "fetch"]))
    }

    @Test func duplicatesCountOnce() {
        let plan = CompletionPlan(Completions(replacing: 2, candidates: ["ZBabc", "ZBabc"]), typed: "ZB")
        #expect(plan == .replace(deleting: 2, inserting: "ZBabc "))
    }

    @Test func noCandidatesDoesNothing() {
        #expect(CompletionPlan(.none, typed: "x") == .nothing)
    }

    @Test(arguments: [
        (["build", "builds", "build status"], "build"),
        (["ZB1", "ZS1"], "Z"),
        (["é1", "é2"], "é"),
        (["a", "b"], ""),
    ])
    func commonPrefix(candidates: [String], expected: String) {
        #expect(CompletionPlan.commonPrefix(of: candidates) == expected)
    }
}

@Suite struct CandidateColumnsTests {
    @Test func fillsColumnsTopToBottom() {
        let lines = CandidateColumns.lines(for: ["aa", "bb", "cc", "dd", "ee"], width: 12)
        #expect(lines == ["aa  cc  ee", "bb  dd"])
    }

    @Test func oneColumnWhenTheTerminalIsNarrow() {
        #expect(CandidateColumns.lines(for: ["create", "delete"], width: 5) == ["create", "delete"])
    }

    @Test func summarisesBeyondTheLimit() {
        let many = (0..<250).map { "c\($0)" }
        let lines = CandidateColumns.lines(for: many, width: 80)
        #expect(lines.last == "… and 50 more")
    }
}

@Suite struct HintLayoutTests {
    @Test func showsTheWholeHintWhenItFits() {
        #expect(HintLayout.visibleHint("name=...", promptWidth: 9, lineWidth: 14, columns: 80) == "name=...")
    }

    @Test func cutsTheHintAtTheRightEdge() {
        let hint = HintLayout.visibleHint("functions=[...] dependencies={...}", promptWidth: 9, lineWidth: 50, columns: 80)
        #expect(hint == "functions=[...] dep…")
    }

    @Test func noHintWithoutRoom() {
        #expect(HintLayout.visibleHint("x=1 y=2", promptWidth: 9, lineWidth: 68, columns: 80) == nil)
    }
}

@Suite struct TerminalTextTests {
    @Test func promptColoursAreFencedSoTheyAreNotMeasured() {
        #expect(PromptText.fencingEscapes("\u{1B}[1msandbox\u{1B}[0m> ") == "\u{1}\u{1B}[1m\u{1}sandbox\u{1}\u{1B}[0m\u{1}> ")
    }

    @Test(arguments: [("sandbox> ", 9), ("\u{1B}[32mok\u{1B}[0m", 2), ("日本", 4), ("é", 1)])
    func displayWidth(text: String, width: Int) {
        TerminalLocale.adoptUTF8()
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func decodesUTF8ArrivingByteByByte() {
        var accumulator = UTF8Accumulator()
        let steps = Array("é€".utf8).map { accumulator.add($0) }
        #expect(steps == [.incomplete, .scalar("é"), .incomplete, .incomplete, .scalar("€")])
    }

    @Test func dropsMalformedBytes() {
        var accumulator = UTF8Accumulator()
        #expect(accumulator.add(0xFF) == .invalid)
        #expect(accumulator.add(0xC3) == .incomplete)
        #expect(accumulator.add(UInt8(ascii: "a")) == .invalid)
        #expect(accumulator.add(UInt8(ascii: "b")) == .scalar("b"))
    }
}
