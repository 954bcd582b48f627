namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>The lifecycle: draft → published ⇄ paused → closed; a draft may also be closed unpublished. Closed is final.</summary>
public static class ProgrammeTransitions
{
    public static bool IsAllowed(ProgrammeStatus from, ProgrammeStatus to) => (from, to) switch
    {
        (ProgrammeStatus.Draft, ProgrammeStatus.Published) => true,
        (ProgrammeStatus.Draft, ProgrammeStatus.Closed) => true,
        (ProgrammeStatus.Published, ProgrammeStatus.Paused) => true,
        (ProgrammeStatus.Published, ProgrammeStatus.Closed) => true,
        (ProgrammeStatus.Paused, ProgrammeStatus.Published) => true,
        (ProgrammeStatus.Paused, ProgrammeStatus.Closed) => true,
        _ => false,
    };

    public static IReadOnlyList<ProgrammeStatus> From(ProgrammeStatus from) =>
        Enum.GetValues<ProgrammeStatus>().Where(to => IsAllowed(from, to)).ToList();
}
