"""`$ans` (the previous result) and `.results` in the REPL, and `$ans` in scripts."""


def test_ans_is_the_last_value_and_results_bring_back_an_earlier_one(spawn):
    shell = spawn()
    shell.expect_prompt()
    assert "null" in shell.run("print $ans")                       # nothing yet
    shell.run('create service unique_name=answers friendly_name="Answers"')
    assert "answers" in shell.run("print $ans.unique_name")        # the record just printed
    shell.run("use service answers")
    shell.run("create function friendly_name=one")
    shell.run("create function friendly_name=two")
    shell.run("list functions | select friendly_name")            # a stream: kept as the list the host read
    assert "2" in shell.run("print (len($ans))")
    shell.run("let count = 40 + 2")                                # a let produces no result
    assert "2" in shell.run("print (len($ans))")
    listing = shell.run(".results")
    lines = [line for line in listing.splitlines() if line.strip()[:1].isdigit()]
    assert len(lines) == 4, listing
    assert "create service unique_name=answers" in lines[0] and "record (sid ZS" in lines[0]
    assert "list functions | select friendly_name" in lines[3] and "list of 2" in lines[3]
    number = lines[1].split()[0]
    assert f"$ans is result {number}: record (sid ZH" in shell.run(f".results {number}")
    assert "one" in shell.run("print $ans.friendly_name")
    assert "no result 99 is kept" in shell.run(".results 99")
    assert "error: .results takes a result number" in shell.run(".results x")
    assert shell.exit() == 0


def test_a_variable_named_ans_is_refused_with_its_place(spawn):
    shell = spawn()
    shell.expect_prompt()
    output = shell.run("let ans = 1")
    assert "1:5: error: 'ans' holds the previous result ($ans) and cannot be set by a script" in output
    assert "^~~" in output
    assert "cannot be set by a script" in shell.run("ans = 2")
    assert shell.exit() == 0


def test_ans_in_a_script_and_with_dash_c(run_buildsh, home):
    (home / "ans.bsh").write_text('range(3) | where $_ > 0\nprint (len($ans))\n"text"\nprint $ans\n')
    result = run_buildsh("ans.bsh")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["1", "2", "2", "text", "text"]
    result = run_buildsh("-c", "40 + 2; print $ans")
    assert result.stdout.splitlines() == ["42", "42"]
