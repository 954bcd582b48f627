namespace SmeOnboard.Core.Features.Marketplace.Submissions;

/// <summary>
/// Tells a vendor's developers that a submission moved. The web host composes the email from its resource files (both
/// portal languages), which Core does not hold.
/// </summary>
public interface ISubmissionNotifier
{
    Task NotifyAsync(SubmissionNotice notice, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default);
}
