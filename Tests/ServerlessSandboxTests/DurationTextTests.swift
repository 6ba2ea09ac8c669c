import ServerlessSandbox
import Testing

@Suite("Duration text")
struct DurationTextTests {
    @Test(arguments: [(Duration.milliseconds(300), "300ms"), (.milliseconds(1500), "1.5s"), (.zero, "0s"), (.seconds(2), "2s")])
    func formats(duration: Duration, text: String) {
        #expect(DurationText.format(duration) == text)
    }
}
