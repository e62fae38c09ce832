using FluentValidation;

namespace Dashboard.Web.Forms;

/// <summary>Adapts a FluentValidation validator to MudForm's per-field validation (MudBlazor's FluentValidation example).</summary>
public static class MudFormValidation
{
    public static Func<object, string, Task<IEnumerable<string>>> ForMudForm<T>(this IValidator<T> validator) =>
        async (model, propertyName) =>
        {
            var context = ValidationContext<T>.CreateWithOptions((T)model, options => options.IncludeProperties(propertyName));
            var result = await validator.ValidateAsync(context);
            return result.IsValid ? [] : result.Errors.Select(error => error.ErrorMessage);
        };
}
