using System.Linq.Expressions;

namespace MotCua.Kernel.Persistence;

/// <summary>Query conditions combined as expressions, so that EF translates the whole (a stored expression cannot be called inside a lambda).</summary>
public static class Conditions
{
    /// <summary>All of the conditions.</summary>
    public static Expression<Func<T, bool>> All<T>(params Expression<Func<T, bool>>[] conditions) => Combine(conditions, Expression.AndAlso);

    /// <summary>Any of the conditions; an OR of indexed conditions stays an OR of index ranges.</summary>
    public static Expression<Func<T, bool>> Any<T>(params Expression<Func<T, bool>>[] conditions) => Combine(conditions, Expression.OrElse);

    private static Expression<Func<T, bool>> Combine<T>(Expression<Func<T, bool>>[] conditions, Func<Expression, Expression, BinaryExpression> join)
    {
        var parameter = conditions[0].Parameters[0];
        var body = conditions.Skip(1).Aggregate(conditions[0].Body, (combined, next) =>
            join(combined, new Rebind(next.Parameters[0], parameter).Visit(next.Body)));
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
