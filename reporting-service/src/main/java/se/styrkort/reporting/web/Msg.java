package se.styrkort.reporting.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The web app's texts ({@code msg:} in the templates), Swedish first; another language is a
 * {@code messages/msg_<lang>.properties} file beside them.
 */
@MessageBundle(value = "msg", locale = "sv")
public interface Msg {

    @Message("Styrkort")
    String app();

    @Message("Hoppa till innehållet")
    String skip();

    @Message("Inloggad som {name}")
    String logged_in_as(String name);

    @Message("Logga ut")
    String logout();

    @Message("Du är utloggad")
    String logged_out();

    @Message("Logga in igen")
    String login_again();

    @Message("Planer")
    String plans();

    @Message("Regionens planer med status. Välj en plan för att se dess styrkort.")
    String plans_intro();

    @Message("Sök plan")
    String search();

    @Message("Del av namnet, till exempel ”verksamhetsplan 2022”")
    String search_hint();

    @Message("År")
    String year();

    @Message("Alla år")
    String all_years();

    @Message("Status")
    String status();

    @Message("Alla")
    String all();

    @Message("Antagen")
    String adopted();

    @Message("Utkast")
    String draft();

    @Message("Visa")
    String show();

    @Message("Plan")
    String plan();

    @Message("Beslut")
    String decision();

    @Message("{total} planer")
    String plans_count(long total);

    @Message("Inga planer matchar sökningen.")
    String no_plans();

    @Message("Föregående")
    String previous();

    @Message("Nästa")
    String next();

    @Message("Sida {page} av {pages}")
    String page_of(int page, int pages);

    @Message("Sammanställning av måluppfyllelse")
    String scorecard();

    @Message("Period")
    String period();

    @Message("Enhet")
    String unit();

    @Message("Alla enheter")
    String all_units();

    @Message("Hela planen")
    String whole_plan();

    @Message("Samlad status")
    String overall_status();

    @Message("Antal mål")
    String goal_count();

    @Message("Andel")
    String share();

    @Message("Förändring sedan {period}")
    String change_since(String period);

    @Message("Förbättrade")
    String moved_up();

    @Message("Försämrade")
    String moved_down();

    @Message("Strategi")
    String strategy();

    @Message("Mål")
    String goal();

    @Message("Målen under strategin")
    String goals_under();

    @Message("Inga mål")
    String no_goals();

    @Message("Delårsrapport att skriva ut")
    String print_report();

    @Message("Saknade rapporter")
    String missing();

    @Message("Ekonomi")
    String economy();

    @Message("Ladda ner som CSV")
    String csv();

    @Message("Sidan uppdateras av sig själv när måluppfyllelsen ändras.")
    String live_hint();

    @Message("Uppdaterad med nya uppgifter.")
    String live_updated();

    @Message("Mätetal")
    String indicators();

    @Message("Målvärde")
    String target();

    @Message("Utfall")
    String outcome();

    @Message("Förklaring")
    String reason();

    @Message("Beräknad status")
    String computed_status();

    @Message("Bedömd status")
    String assessed_status();

    @Message("Motivering")
    String justification();

    @Message("Analys")
    String analysis();

    @Message("Åtgärder")
    String actions();

    @Message("Prognos för helåret")
    String forecast();

    @Message("Ingen bedömning är gjord för perioden.")
    String no_assessment();

    @Message("Registrera utfall")
    String record_outcome();

    @Message("Gör bedömning")
    String assess();

    @Message("Kvinnor")
    String women();

    @Message("Män")
    String men();

    @Message("Totalt")
    String total();

    @Message("Källa")
    String source();

    @Message("Senaste värdet")
    String last_value();

    @Message("Andra enheter och jämförelser")
    String others();

    @Message("Inga utfall är registrerade ännu.")
    String no_outcomes();

    @Message("Sidan finns inte")
    String not_found();

    @Message("Vi hittar inte {what} i din organisation. Kontrollera adressen eller börja om från planerna.")
    String not_found_text(String what);

    @Message("Till planerna")
    String to_plans();

    @Message("{count} av {total} mätetal saknar utfall för perioden.")
    String missing_count(int count, int total);

    @Message("Alla mätetal har utfall för perioden.")
    String none_missing();

    @Message("Budget och utfall")
    String budget();

    @Message("Investeringar")
    String investments();

    @Message("Skicka påminnelse")
    String send_reminder();

    @Message("Skickar ett e-postmeddelande till varje ansvarig enhet som saknar utfall, med dess saknade mätetal.")
    String send_reminder_hint();

    @Message("Påminnelse skickad till {count} enheter.")
    String reminders_sent(int count);

    @Message("{count} enheter fick ingen påminnelse: ingen e-postadress är inställd.")
    String reminders_unaddressed(int count);
}
