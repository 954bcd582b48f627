namespace SmeOnboard.Core.Common;

/// <summary>The outcome of an operation that can fail for reasons the user must see: a value or field errors.</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<FieldError> errors)
    {
        _value = value;
        Errors = errors;
    }

    public bool Succeeded => Errors.Count == 0;

    public IReadOnlyList<FieldError> Errors { get; }

    public T Value => Succeeded ? _value! : throw new InvalidOperationException("A failed result has no value.");

    public static Result<T> Success(T value) => new(value, []);

    public static Result<T> Failure(params FieldError[] errors) =>
        errors.Length == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(default, errors);

    public static Result<T> Failure(IReadOnlyList<FieldError> errors) => Failure([.. errors]);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(FieldError error) => Failure(error);
}
