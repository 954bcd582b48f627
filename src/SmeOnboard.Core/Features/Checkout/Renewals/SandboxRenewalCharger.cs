namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>
/// The sandbox's card on file: a subscription whose earlier payment went through the sandbox card page pays its
/// renewals; one that never paid by card (the voucher covered all of it) has no card to charge.
/// </summary>
public sealed class SandboxRenewalCharger : IRenewalCharger
{
    public Task<RenewalCharge> ChargeAsync(RenewalChargeRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(request.CardOnFilePaymentIntentId is null
            ? RenewalCharge.Failed(RenewalFailures.NoCardOnFile)
            : RenewalCharge.Succeeded($"{SandboxPaymentGateway.IntentPrefix}{request.OrderId:N}"));
}
