namespace SmeOnboard.E2E.Infrastructure;

/// <summary>Passwords the journeys use; the demo one is DemoOptions' default, listed in the README.</summary>
public static class TestPasswords
{
    public const string Demo = "Demo-Pass-2026";

    /// <summary>Meets the portal's rules: ten characters, a digit, a lower-case letter.</summary>
    public const string NewAccount = "Brand-new-pass-42";
}
