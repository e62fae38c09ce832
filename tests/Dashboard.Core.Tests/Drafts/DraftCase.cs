using FluentValidation;

namespace Dashboard.Core.Tests.Drafts;

/// <summary>A valid draft with one thing changed, and where and what the validator should say about it.</summary>
public sealed record DraftCase<T>(string Because, Action<T> Change, string Path, string Fragment)
{
    public override string ToString() => Because;

    /// <summary>Applies the change to a fresh valid draft and checks the one error it causes.</summary>
    public void ShouldFail(T draft, IValidator<T> validator)
    {
        Change(draft);

        var error = validator.Validate(draft).Errors.ShouldHaveSingleItem();

        error.PropertyName.ShouldBe(Path);
        error.ErrorMessage.ShouldContain(Fragment, Case.Sensitive);
    }
}

/// <summary>A valid draft with one thing changed that must still be valid.</summary>
public sealed record ValidVariant<T>(string Because, Action<T> Change)
{
    public override string ToString() => Because;

    public void ShouldPass(T draft, IValidator<T> validator)
    {
        Change(draft);

        var result = validator.Validate(draft);

        result.Errors.ShouldBeEmpty();
    }
}
