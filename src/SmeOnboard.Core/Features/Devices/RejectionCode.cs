namespace SmeOnboard.Core.Features.Devices;

/// <summary>Why a device's message was refused; the device page shows each in plain words.</summary>
public enum RejectionCode
{
    TopicNotAllowed,
    SubscriptionNotAllowed,
    TooLarge,
    Malformed,
    UnknownSignal,
    WrongType,
    Busy,
}
