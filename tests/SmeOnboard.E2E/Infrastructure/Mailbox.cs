using System.Diagnostics;
using MimeKit;

namespace SmeOnboard.E2E.Infrastructure;

/// <summary>Reads the .eml files the portal writes into its pickup folder, as a recipient would read their inbox.</summary>
public sealed class Mailbox(string pickupFolder)
{
    /// <summary>The newest message to this address; waits for it because sending finishes after the page has updated.</summary>
    public async Task<MimeMessage> WaitForMessageToAsync(string address, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        while (true)
        {
            if (Directory.Exists(pickupFolder))
            {
                foreach (var file in Directory.EnumerateFiles(pickupFolder, "*.eml").OrderDescending(StringComparer.Ordinal))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
                    {
                        return message;
                    }
                }
            }
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"No email to {address} reached {pickupFolder} within {limit.TotalSeconds:0} s.");
            }
            await Task.Delay(100);
        }
    }
}
