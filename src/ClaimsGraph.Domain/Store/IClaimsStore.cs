using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Domain.Store;

/// <summary>
/// The graph of who said what about whom. Implemented by the embedded SQLite store and by Neo4j; the
/// contract test suite runs the same tests against both. Every method is safe to call concurrently.
/// Batch methods ("Get…Async(ids)") exist so that the GraphQL layer reads N nodes in one call, not N;
/// ids that do not exist are simply absent from the result.
/// </summary>
public interface IClaimsStore
{
    /// <summary>Creates or migrates the schema (tables, constraints, indexes). Idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default);

    // ---- write side ----

    /// <summary>Writes one article's graph in one transaction: all of it or nothing.</summary>
    Task<UpsertResult> UpsertArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default);

    /// <summary>Writes several articles; each article is still atomic on its own. Stores may batch them in fewer transactions.</summary>
    Task<IReadOnlyList<UpsertResult>> UpsertArticlesAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken = default);

    /// <summary>The content hash stored for an article id, or null when the article is not stored.</summary>
    Task<string?> GetContentHashAsync(string articleId, CancellationToken cancellationToken = default);

    // ---- nodes by id (batched) ----

    Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, Quote>> GetQuotesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    // ---- edges by node (batched): key is the id asked for, every asked id present (empty list when none) ----

    /// <summary>Where each quote was reported, oldest article first.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<QuoteReport>>> GetQuoteReportsAsync(IReadOnlyCollection<string> quoteIds, CancellationToken cancellationToken = default);

    /// <summary>What each quote is about, highest weight first.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<QuoteTarget>>> GetQuoteTargetsAsync(IReadOnlyCollection<string> quoteIds, CancellationToken cancellationToken = default);

    /// <summary>Affiliations of each person (distinct over articles).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Affiliation>>> GetAffiliationsAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken = default);

    /// <summary>Participants of each event (distinct over articles).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<EventParticipant>>> GetEventParticipantsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken = default);

    /// <summary>Entities each article mentions, most mentioned first.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Mention>>> GetMentionsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default);

    // ---- lists (paged) ----

    /// <summary>Articles, newest published first (unpublished last), then by id. Title filter is case- and accent-insensitive "contains".</summary>
    Task<Page<Article>> ListArticlesAsync(string? titleContains, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Entities of one type, by name. The name filter is case- and accent-insensitive "contains" over name and aliases.</summary>
    Task<Page<Entity>> ListEntitiesAsync(EntityType type, string? nameContains, PageRequest page, CancellationToken cancellationToken = default);

    Task<Page<Quote>> FindQuotesAsync(QuoteFilter filter, IReadOnlyList<QuoteOrder> order, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Events, newest date first; an event "involves" an entity through INVOLVES or LOCATED_IN.</summary>
    Task<Page<Event>> FindEventsAsync(EventFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Articles that report each event.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetEventArticleIdsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken = default);

    /// <summary>People affiliated with a state or organisation, by name.</summary>
    Task<Page<Person>> FindAffiliatedPeopleAsync(string targetId, PageRequest page, CancellationToken cancellationToken = default);

    // ---- relationship questions ----

    /// <summary>Speakers of quotes about a subject, most quotes first, then by speaker id.</summary>
    Task<Page<SpeakerCount>> WhoSaidAboutAsync(string subjectId, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Entities that appear in the same articles as the given one, most shared articles first.</summary>
    Task<IReadOnlyList<EntityCount>> CoMentionedAsync(string entityId, int first, CancellationToken cancellationToken = default);

    /// <summary>
    /// The shortest path between two nodes over SAID, ABOUT, AFFILIATED_WITH, INVOLVES and LOCATED_IN
    /// (either direction), at most <paramref name="maxHops"/> relationships; empty when none.
    /// </summary>
    Task<IReadOnlyList<PathStep>> FindPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over entity names and aliases, article titles and quote text, best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<string>? types, int first, CancellationToken cancellationToken = default);

    // ---- dashboards ----

    Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>Speakers with the most quotes, counting only quotes reported in articles published at or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<EntityCount>> TopSpeakersAsync(int first, DateTimeOffset? since, CancellationToken cancellationToken = default);

    /// <summary>Entities most quoted about, as <see cref="TopSpeakersAsync"/>.</summary>
    Task<IReadOnlyList<EntityCount>> TopSubjectsAsync(int first, DateTimeOffset? since, CancellationToken cancellationToken = default);

    /// <summary>Distinct quotes about a subject per time bucket of the reporting article's publishedAt, oldest first.</summary>
    Task<IReadOnlyList<TimelinePoint>> QuoteTimelineAsync(string subjectId, TimeBucket bucket, CancellationToken cancellationToken = default);
}
