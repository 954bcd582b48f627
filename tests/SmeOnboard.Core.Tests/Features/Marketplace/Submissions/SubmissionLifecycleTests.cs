using SmeOnboard.Core.Features.Marketplace.Submissions;
using static SmeOnboard.Core.Features.Marketplace.Submissions.SubmissionState;

namespace SmeOnboard.Core.Tests.Features.Marketplace.Submissions;

public sealed class SubmissionLifecycleTests
{
    public static readonly TheoryData<SubmissionState, SubmissionState> Legal = new()
    {
        { Draft, Submitted }, { Submitted, InReview }, { InReview, ChangesRequested }, { InReview, Rejected }, { InReview, Approved },
        { ChangesRequested, Submitted }, { Approved, Published }, { Published, Suspended }, { Published, Delisted },
        { Suspended, Published }, { Suspended, Delisted },
    };

    [Theory, MemberData(nameof(Legal))]
    public void The_lifecycle_allows_each_move_of_the_vetting_process(SubmissionState from, SubmissionState to) =>
        Assert.True(SubmissionLifecycle.CanMove(from, to));

    [Fact]
    public void Every_other_move_is_refused()
    {
        var legal = Legal.Select(row => ((SubmissionState)row.Data.Item1, (SubmissionState)row.Data.Item2)).ToHashSet();
        var states = Enum.GetValues<SubmissionState>();

        var allowedElsewhere = states.SelectMany(from => states.Select(to => (from, to)))
            .Where(move => !legal.Contains(move) && SubmissionLifecycle.CanMove(move.from, move.to)).ToList();

        Assert.Empty(allowedElsewhere);
    }

    [Fact]
    public void Rejected_and_delisted_are_final() =>
        Assert.Equal((0, 0), (SubmissionLifecycle.NextStates(Rejected).Count, SubmissionLifecycle.NextStates(Delisted).Count));

    [Fact]
    public void Only_a_draft_or_a_version_sent_back_may_be_edited_by_the_vendor() =>
        Assert.Equal([Draft, ChangesRequested], Enum.GetValues<SubmissionState>().Where(SubmissionLifecycle.VendorMayEdit));
}
