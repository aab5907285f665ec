package se.largrupp.core.orgchart;

import java.util.List;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/** Told, in the transaction that changed them, whose department or manager an import or a sync changed. */
@FunctionalInterface
public interface OrgChartChanged {
    void changed(Workspace workspace, List<LeaderId> leaders);
}
