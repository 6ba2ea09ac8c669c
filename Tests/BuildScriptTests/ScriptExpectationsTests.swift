import Testing

/// The reader of `.bsh` expectation comments takes only comments, and refuses what it does not know.
@Suite struct ScriptExpectationsTests {
    @Test func aHashInsideAStringIsNotAComment() {
        let expected = ScriptExpectations(source: #"""
            print "# expect: not this"   # expect: # expect: not this
            print '# host: safe'
            print "a \"# expect: quoted\" b"
            """#)
        #expect(expected.output == ["# expect: not this"])
        #expect(!expected.safeMode)
        #expect(expected.problems.isEmpty)
    }

    @Test func unknownFormsAndHostSettingsAreProblems() {
        let expected = ScriptExpectations(source: """
            # host: builds=3 saef
            # expect-error 1:1: typo
            # expect exit: two
            # host: builds=-1
            # an ordinary comment
            """)
        #expect(expected.builds == 3)
        #expect(expected.problems == [
            "1: unknown host setting 'saef'",
            "2: not an expectation this reader knows: '# expect-error 1:1: typo'",
            "3: not an expectation this reader knows: '# expect exit: two'",
            "4: unknown host setting 'builds=-1'",
        ])
    }
}
