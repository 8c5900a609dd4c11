package io.quartier.shop.view.courier;

import io.quartier.ui.Service;
import io.quartier.delivery.api.DeliveryApi;
import io.quartier.ui.Messages;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The courier's jobs: those on offer and their own; refreshed live (topic {@code couriers}). */
@Named
@ViewScoped
public class JobsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    DeliveryApi delivery;

    @Inject
    UserSession userSession;

    private List<JobRow> jobs = List.of();

    public void load() {
        ServiceCall.run(() -> jobs = delivery.jobs(userSession.bearer()).stream().map(JobRow::new).toList());
    }

    /** Run by the page's live socket; says so when a job is newly on offer. */
    public void jobsChanged() {
        Set<Long> offeredBefore = offered();
        load();
        if (!offeredBefore.containsAll(offered())) {
            Messages.info("courier.jobs.newJob");
        }
    }

    public void pickUp(JobRow job) {
        ServiceCall.run(() -> {
            delivery.pickUp(userSession.bearer(), job.getId());
            Messages.info("courier.jobs.pickedUp");
        });
        load();
    }

    public void deliver(JobRow job) {
        ServiceCall.run(() -> {
            delivery.deliver(userSession.bearer(), job.getId());
            Messages.info("courier.jobs.delivered");
        });
        load();
    }

    public List<JobRow> getJobs() {
        return jobs;
    }

    private Set<Long> offered() {
        return jobs.stream().filter(JobRow::isOffered).map(JobRow::getId).collect(Collectors.toSet());
    }
}
