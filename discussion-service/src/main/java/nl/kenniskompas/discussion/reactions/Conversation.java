package nl.kenniskompas.discussion.reactions;

import nl.kenniskompas.discussion.voters.CaseVoter;
import nl.kenniskompas.discussion.voters.CaseVoters;
import nl.kenniskompas.discussion.voters.Voters;
import nl.kenniskompas.events.ProfessionalFunction;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Tenant;
import nl.kenniskompas.platform.tenant.Tenants;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reading a Kopkraker's conversation: a page of reactions, each with its replies, as the reader may see them. */
@Component
class Conversation {

    static final int MAX_PAGE_SIZE = 50;

    private final MongoTemplate mongo;
    private final Reactions reactions;
    private final CaseVoters caseVoters;
    private final Voters voters;
    private final Tenants tenants;

    Conversation(MongoTemplate mongo, Reactions reactions, CaseVoters caseVoters, Voters voters, Tenants tenants) {
        this.mongo = mongo;
        this.reactions = reactions;
        this.caseVoters = caseVoters;
        this.voters = voters;
        this.tenants = tenants;
    }

    enum Order { NIEUW, HERKENBAAR }

    record Page(String caseId, String sort, int page, int size, long total, List<ReactionView> items) {
    }

    Page of(Caller caller, String caseId, Order order, int page, int size) {
        if (page < 0) {
            throw Problem.invalidField("page", "Pagina's tellen vanaf 0.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw Problem.invalidField("size", "Kies 1 tot " + MAX_PAGE_SIZE + " reacties per pagina.");
        }
        voters.require(caller, caseId);
        Criteria visible = Criteria.where("caseId").is(caseId).and("parentId").is(null)
                .orOperator(Criteria.where("tenant").is(caller.tenantId()), Criteria.where("visibility").is(Visibility.LANDELIJK))
                // A deleted reaction stays only as the place of its replies.
                .norOperator(Criteria.where("deleted").is(true).and("replyCount").is(0));
        Query query = Query.query(visible);
        long total = mongo.count(query, Reaction.class);
        Sort sort = order == Order.HERKENBAAR
                ? Sort.by(Sort.Order.desc("recognitions"), Sort.Order.desc("postedAt"))
                : Sort.by(Sort.Order.desc("postedAt"));
        List<Reaction> top = mongo.find(query.with(sort).skip((long) page * size).limit(size), Reaction.class);
        Map<String, List<Reaction>> replies = reactions.findByParentIdInOrderByPostedAtAsc(top.stream().map(Reaction::id).toList())
                .stream().collect(Collectors.groupingBy(Reaction::parentId));
        Readers reader = new Readers(caller, voters.pseudonymOf(caller),
                authorsOf(Stream.concat(top.stream(), replies.values().stream().flatMap(List::stream)).toList()));
        List<ReactionView> items = top.stream()
                .map(reaction -> reader.view(reaction, replies.getOrDefault(reaction.id(), List.of())))
                .toList();
        return new Page(caseId, order.name().toLowerCase(), page, size, total, items);
    }

    /** One reaction, e.g. right after posting it. */
    ReactionView one(Caller caller, Reaction reaction) {
        List<Reaction> replies = reaction.isReply() ? List.of()
                : reactions.findByParentIdInOrderByPostedAtAsc(List.of(reaction.id()));
        return new Readers(caller, voters.pseudonymOf(caller),
                authorsOf(Stream.concat(Stream.of(reaction), replies.stream()).toList())).view(reaction, replies);
    }

    private Map<String, CaseVoter> authorsOf(Collection<Reaction> shown) {
        List<String> ids = shown.stream().map(r -> CaseVoter.idOf(r.tenant(), r.caseId(), r.author())).distinct().toList();
        return caseVoters.findByIdIn(ids).stream().collect(Collectors.toMap(CaseVoter::id, Function.identity()));
    }

    /** Renders reactions for one reader. */
    private final class Readers {
        private final Caller caller;
        private final String me;
        private final Map<String, CaseVoter> authors;

        Readers(Caller caller, String me, Map<String, CaseVoter> authors) {
            this.caller = caller;
            this.me = me;
            this.authors = authors;
        }

        ReactionView view(Reaction reaction, List<Reaction> replies) {
            boolean mine = reaction.tenant().equals(caller.tenantId()) && reaction.author().equals(me);
            String person = Reacting.personKey(caller, me);
            CaseVoter author = authors.get(CaseVoter.idOf(reaction.tenant(), reaction.caseId(), reaction.author()));
            String text = reaction.deleted() || (reaction.hidden() && !mine) ? null : reaction.text();
            return new ReactionView(reaction.id(), reaction.caseId(), reaction.parentId(), text, reaction.visibility().name(),
                    reaction.postedAt(), reaction.editedAt(),
                    author == null ? null : author.optionId(),
                    author == null ? null : ProfessionalFunction.fromCode(author.function()).map(ProfessionalFunction::label).orElse(null),
                    tenants.byId(reaction.tenant()).map(Tenant::name).orElse(reaction.tenant()),
                    mine, reaction.recognitions(), reaction.recognisedBy(person), reaction.hidden(), reaction.deleted(),
                    reaction.reports().stream().anyMatch(report -> report.by().equals(person)),
                    replies.stream().map(reply -> view(reply, List.of())).toList());
        }
    }
}
