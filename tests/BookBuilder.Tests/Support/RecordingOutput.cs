using Xunit.Abstractions;

namespace BookBuilder.Tests.Support;

/// <summary>A test output that keeps what was written, for tests of test helpers.</summary>
internal sealed class RecordingOutput : ITestOutputHelper
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public void WriteLine(string message) => _lines.Add(message);

    public void WriteLine(string format, params object[] args) => _lines.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
}
