import { Navigate, Route, Routes } from 'react-router';
import { AppealsPage } from '../features/appeals/AppealsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { ComplaintDossierPage } from '../features/complaints/ComplaintDossierPage';
import { ComplaintReportPage } from '../features/complaints/ComplaintReportPage';
import { ComplaintsListPage } from '../features/complaints/ComplaintsListPage';
import { IntakePage } from '../features/complaints/IntakePage';
import { ProcedureSettingsPage } from '../features/complaints/ProcedureSettingsPage';
import { CorrespondencePage } from '../features/documents/CorrespondencePage';
import { EditLetterPage, NewLetterPage } from '../features/documents/LetterPage';
import { MemberDetailPage } from '../features/members/MemberDetailPage';
import { MemberRegisterPage } from '../features/members/MemberRegisterPage';
import { MembersListPage } from '../features/members/MembersListPage';
import { OutboxPage } from '../features/mail/OutboxPage';
import { PersonCreatePage } from '../features/persons/PersonCreatePage';
import { PersonDetailPage } from '../features/persons/PersonDetailPage';
import { PersonsListPage } from '../features/persons/PersonsListPage';
import { BlacklistPage } from '../features/quality/BlacklistPage';
import { BoardPage } from '../features/quality/BoardPage';
import { ContributionsPage } from '../features/quality/ContributionsPage';
import { ParticipantPage } from '../features/quality/ParticipantPage';
import { ParticipantsListPage } from '../features/quality/ParticipantsListPage';
import { QualitySettingsPage } from '../features/quality/QualitySettingsPage';
import { RegisterParticipantPage } from '../features/quality/RegisterParticipantPage';
import { ProviderDetailPage } from '../features/providers/ProviderDetailPage';
import { ProviderRegisterPage } from '../features/providers/ProviderRegisterPage';
import { ProvidersListPage } from '../features/providers/ProvidersListPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ConflictsPage } from '../features/sync/ConflictsPage';
import { SyncSettingsPage } from '../features/sync/SyncSettingsPage';
import { StaffCreatePage } from '../features/staff/StaffCreatePage';
import { StaffDetailPage } from '../features/staff/StaffDetailPage';
import { StaffListPage } from '../features/staff/StaffListPage';
import { TeamCreatePage, TeamDetailPage } from '../features/teams/TeamPages';
import { TeamsPage } from '../features/teams/TeamsPage';
import { WorklistPage } from '../features/worklist/WorklistPage';
import { NotFoundPage, RequireRole } from './access';
import { PATHS } from './paths';
import { Shell } from './Shell';
import { StartPage } from './StartPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<Navigate to={PATHS.start} replace />} />
        <Route path={PATHS.start} element={<StartPage />} />
        <Route path={PATHS.persons} element={<PersonsListPage />} />
        <Route path={`${PATHS.persons}/nieuw`} element={<PersonCreatePage />} />
        <Route path={`${PATHS.persons}/:id`} element={<PersonDetailPage />} />
        <Route path={PATHS.members} element={<MembersListPage />} />
        <Route path={`${PATHS.members}/nieuw`} element={<MemberRegisterPage />} />
        <Route path={`${PATHS.members}/:id`} element={<MemberDetailPage />} />
        <Route path={PATHS.providers} element={<ProvidersListPage />} />
        <Route path={`${PATHS.providers}/nieuw`} element={<ProviderRegisterPage />} />
        <Route path={`${PATHS.providers}/:id`} element={<ProviderDetailPage />} />
        <Route path={PATHS.quality} element={<ParticipantsListPage />} />
        <Route path={PATHS.newParticipant} element={<RegisterParticipantPage />} />
        <Route path={PATHS.qualityBoard} element={<BoardPage />} />
        <Route path={PATHS.blacklist} element={<BlacklistPage />} />
        {/* Administrators and the board: the page itself says who may (one role per RequireRole). */}
        <Route path={PATHS.qualitySettings} element={<QualitySettingsPage />} />
        <Route path={PATHS.contributions} element={<ContributionsPage />} />
        <Route path={`${PATHS.quality}/:id`} element={<ParticipantPage />} />
        <Route path={PATHS.correspondence} element={<CorrespondencePage />} />
        <Route path={`${PATHS.correspondence}/nieuw`} element={<NewLetterPage />} />
        <Route path={`${PATHS.correspondence}/:id/bewerken`} element={<EditLetterPage />} />
        <Route path={PATHS.outbox} element={<OutboxPage />} />
        <Route path={PATHS.worklist} element={<WorklistPage />} />
        <Route path={PATHS.complaints} element={<ComplaintsListPage />} />
        <Route path={PATHS.newComplaint} element={<IntakePage />} />
        <Route path={`${PATHS.complaints}/:id`} element={<ComplaintDossierPage />} />
        <Route path={PATHS.appeals} element={<AppealsPage />} />
        <Route path={PATHS.complaintReport} element={<ComplaintReportPage />} />
        <Route path={PATHS.syncConflicts} element={<ConflictsPage />} />
        <Route element={<RequireRole role="admin" />}>
          <Route path={PATHS.staff} element={<StaffListPage />} />
          <Route path={`${PATHS.staff}/nieuw`} element={<StaffCreatePage />} />
          <Route path={`${PATHS.staff}/:id`} element={<StaffDetailPage />} />
          <Route path={PATHS.teams} element={<TeamsPage />} />
          <Route path={`${PATHS.teams}/nieuw`} element={<TeamCreatePage />} />
          <Route path={`${PATHS.teams}/:id`} element={<TeamDetailPage />} />
          <Route path={PATHS.settings} element={<SettingsPage />} />
          <Route path={PATHS.procedureSettings} element={<ProcedureSettingsPage />} />
          <Route path={PATHS.syncSettings} element={<SyncSettingsPage />} />
          <Route path={PATHS.audit} element={<AuditPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
