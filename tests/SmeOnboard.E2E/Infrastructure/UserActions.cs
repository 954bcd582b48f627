using System.Diagnostics;

namespace SmeOnboard.E2E.Infrastructure;

/// <summary>
/// What a person did through the page objects, counted as they did it: clicks on buttons and links (actions and
/// navigation), choices (an answer, a checkbox, an option of a list) and fills (text typed into a field). A journey
/// reads the figures at its end; page objects built without one count into a tally nobody reads.
/// </summary>
public sealed class UserActions
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Buttons and links: the clicks the "at most 15 clicks" goal is about.</summary>
    public int Clicks { get; private set; }

    /// <summary>Radio answers, checkboxes and options picked, of which <see cref="Dropdowns"/> opened a list first.</summary>
    public int Choices { get; private set; }

    public int Dropdowns { get; private set; }

    public int Fills { get; private set; }

    /// <summary>Characters typed over all fills, for a keystroke-level time estimate.</summary>
    public int Characters { get; private set; }

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Time the person would not spend (e.g. the test saving a screenshot) stays off the clock.</summary>
    public async Task OffTheClockAsync(Func<Task> work)
    {
        _clock.Stop();
        try
        {
            await work();
        }
        finally
        {
            _clock.Start();
        }
    }

    public void Clicked() => Clicks++;

    public void Chose(bool fromDropdown = false)
    {
        Choices++;
        if (fromDropdown)
            Dropdowns++;
    }

    public void Filled(string text)
    {
        Fills++;
        Characters += text.Length;
    }
}
