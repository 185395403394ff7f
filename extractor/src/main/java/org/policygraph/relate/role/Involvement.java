package org.policygraph.relate.role;

import java.util.Optional;
import org.policygraph.resolve.Entity;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.Sentence;
import org.policygraph.structure.Task;

/**
 * One stated role: the entity, the role, and the mention whose sentence states it.
 *
 * @param task     the task the statement lies in; empty only for an issuer stated outside every task
 * @param entity   the entity playing the role (for {@link Role#ISSUER}, the issuing organisation)
 * @param evidence the mention the role is read from (the organisation's, or the policy's when its title names the issuer)
 * @param sentence the sentence that states it
 * @param policy   for {@link Role#ISSUER}, the policy issued
 * @param cue      the words the role was read from, e.g. {@code 会同}, for the hand check
 */
public record Involvement(Optional<Task> task, Entity entity, Role role, ResolvedMention evidence, Sentence sentence,
                          Optional<Entity> policy, String cue) {}
