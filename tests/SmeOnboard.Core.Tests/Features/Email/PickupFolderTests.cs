using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using SmeOnboard.Core.Features.Email;

namespace SmeOnboard.Core.Tests.Features.Email;

/// <summary>The pickup folder needs no database, so these run once rather than per database.</summary>
public sealed class PickupFolderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"smeonboard-mail-{Guid.NewGuid():N}");
    // Whole seconds: a message's Date header keeps no more.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2031, 3, 14, 9, 26, 53, TimeSpan.Zero));
    private readonly IOptions<EmailOptions> _options;

    public PickupFolderTests()
    {
        _options = Options.Create(new EmailOptions { PickupFolder = _folder, FromAddress = "portal@smeonboard.test", FromName = "SME Portal" });
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_sent_message_lands_in_the_folder_as_an_eml_file_and_reads_back_with_recipient_subject_and_text()
    {
        await new PickupFolderMailSender(_options, _clock).SendAsync(
            new EmailMessage("li.wei@firm.example", "Confirm your email", "Open the link to confirm.", "<p>Open the link to confirm.</p>"), Ct);

        var file = Assert.Single(Directory.GetFiles(_folder));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        var mail = Assert.Single(await new PickupFolderReader(_options).ListAsync(10, Ct));
        Assert.Equal(
            (Path.GetFileName(file), _clock.GetUtcNow(), "li.wei@firm.example", "Confirm your email", "Open the link to confirm."),
            (mail.FileName, mail.SentAt, mail.To, mail.Subject, mail.TextBody.TrimEnd()));
    }

    [Fact]
    public async Task A_message_carries_the_configured_sender_and_its_html_twin()
    {
        await new PickupFolderMailSender(_options, _clock).SendAsync(
            new EmailMessage("officer@agency.example", "Invitation", "Join us.", "<p>Join <b>us</b>.</p>"), Ct);

        var mime = await MimeMessage.LoadAsync(Directory.GetFiles(_folder)[0], Ct);
        var from = Assert.IsType<MailboxAddress>(Assert.Single(mime.From));
        Assert.Equal(("SME Portal", "portal@smeonboard.test"), (from.Name, from.Address));
        Assert.Contains("<p>Join <b>us</b>.</p>", mime.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chinese_subjects_and_bodies_read_back_unchanged()
    {
        await new PickupFolderMailSender(_options, _clock).SendAsync(
            new EmailMessage("zhang.min@firm.example", "邀请您加入苏州精密零件有限公司", "请点击链接接受邀请。", "<p>请点击链接接受邀请。</p>"), Ct);

        var mail = Assert.Single(await new PickupFolderReader(_options).ListAsync(10, Ct));
        Assert.Equal(("邀请您加入苏州精密零件有限公司", "请点击链接接受邀请。"), (mail.Subject, mail.TextBody.TrimEnd()));
    }

    [Fact]
    public async Task Messages_read_back_newest_first_up_to_the_limit()
    {
        var sender = new PickupFolderMailSender(_options, _clock);
        foreach (var subject in new[] { "first", "second", "third" })
        {
            await sender.SendAsync(new EmailMessage("someone@example.test", subject, subject, subject), Ct);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        var mails = await new PickupFolderReader(_options).ListAsync(2, Ct);

        Assert.Equal(["third", "second"], mails.Select(mail => mail.Subject));
        Assert.True(mails[0].SentAt > mails[1].SentAt);
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_yet_holds_no_messages()
    {
        Assert.Empty(await new PickupFolderReader(_options).ListAsync(10, Ct));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
