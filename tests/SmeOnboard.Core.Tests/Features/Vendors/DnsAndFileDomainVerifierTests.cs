using System.Net;
using DnsClient;
using SmeOnboard.Core.Features.Vendors;

namespace SmeOnboard.Core.Tests.Features.Vendors;

/// <summary>The production verifier against a website stub and a name server that does not answer.</summary>
public sealed class DnsAndFileDomainVerifierTests
{
    private const string Token = "smeonboard-verify=0123456789abcdef";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_well_known_file_holding_the_token_verifies_even_when_DNS_does_not_answer()
    {
        var verifier = Verifier(request => request.RequestUri!.AbsoluteUri == "https://acme.example/.well-known/smeonboard-verification.txt"
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Token + "\r\n") }
            : new HttpResponseMessage(HttpStatusCode.NotFound));

        var check = await verifier.CheckAsync("acme.example", Token, Ct);

        Assert.Equal((DomainCheckOutcome.Verified, DomainProofMethod.WellKnownFile), (check.Outcome, check.Method!.Value));
    }

    [Fact]
    public async Task A_file_with_another_value_is_a_wrong_token()
    {
        var verifier = Verifier(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>Welcome</html>") });

        var check = await verifier.CheckAsync("acme.example", Token, Ct);

        Assert.Equal((DomainCheckOutcome.WrongToken, "<html>Welcome</html>"), (check.Outcome, check.Detail));
    }

    [Fact]
    public async Task Neither_DNS_nor_the_website_answering_is_reported_as_unreachable()
    {
        var verifier = Verifier(_ => throw new HttpRequestException("Connection refused (acme.example:443)"));

        var check = await verifier.CheckAsync("acme.example", Token, Ct);

        Assert.Equal(DomainCheckOutcome.Unreachable, check.Outcome);
        Assert.Contains("Connection refused", check.Detail, StringComparison.Ordinal);
    }

    /// <summary>DNS asks a closed port on this machine, so it never answers; the website is <paramref name="respond"/>.</summary>
    private static DnsAndFileDomainVerifier Verifier(Func<HttpRequestMessage, HttpResponseMessage> respond) =>
        new(new HttpClient(new StubHandler(respond)),
            new LookupClient(new LookupClientOptions(new NameServer(IPAddress.Loopback, 9))
            {
                Timeout = TimeSpan.FromMilliseconds(300), Retries = 0, UseCache = false, UseTcpFallback = false,
            }));

    private sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(respond(request));
    }
}
