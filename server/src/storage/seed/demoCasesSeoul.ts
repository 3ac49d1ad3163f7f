import {
  type DaysAgo,
  type DemoCase,
  globalHealth,
  imaging,
  pathology,
  staged,
} from './demoCaseKit';

// Fictional DICOM study UIDs under one root per center.
const STUDY_ROOT = '1.2.410.200013.1.215.2';
/** Seoul's cases for the upcoming joint thoracic board (fictional patients). */
export function seoulUpcomingCases(ago: DaysAgo): DemoCase[] {
  return [
    {
      institution: 'SCCC',
      presenter: 'oncologist.seoul@konsil.test',
      status: 'ready',
      allottedMinutes: 8,
      content: {
        ageYears: 68,
        ageBand: null,
        sex: 'male',
        diagnosis: {
          icd10: { system: 'KCD', code: 'C34.1', text: '상엽, 기관지 또는 폐의 악성 신생물' },
          topography: 'C34.1',
          morphology: '8041/3',
          laterality: 'left',
          diagnosedOn: ago(16),
        },
        staging: staged('9', 'cT4 cN3 cM1c2', 'IVB', null),
        biomarkers: [{ name: 'DLL3 (IHC)', result: '양성, 종양세포 80 %' }],
        ecog: 1,
        comorbidities: 'COPD (GOLD 2), 제2형 당뇨병, 현재 흡연 45갑년',
        priorTherapies: [
          {
            description: '고식적 방사선치료 T11 척추 전이 (8 Gy × 1회)',
            startedOn: ago(9),
            endedOn: ago(9),
          },
        ],
        references: [
          imaging(
            'PET-CT: 좌상엽 종괴, 종격동·좌쇄골상 림프절, 다발성 간 및 골 전이',
            ago(18),
            `${STUDY_ROOT}.55120`,
          ),
          imaging('뇌 MRI 조영증강: 뇌전이 없음', ago(15), `${STUDY_ROOT}.55187`),
          pathology('EBUS-TBNA (4L): 소세포암, TTF-1 양성, Ki-67 90 %', ago(16)),
        ],
        proms: globalHealth(ago, [
          [17, 50],
          [10, 42],
          [3, 42],
        ]),
        question:
          '확장기 소세포폐암 1차 치료: 카보플라틴/에토포사이드 + 더발루맙 후 유지요법. ' +
          '반응 시 공고 흉부 방사선치료 및 예방적 전뇌 조사(PCI) vs. 뇌 MRI 추적 관찰?\n' +
          'ES-SCLC on chemo-immunotherapy: consolidative thoracic RT and PCI, or MRI surveillance?',
        consent: true,
        homeReference: 'SMC-2025-00317',
      },
      notes: [
        { heading: '사전 검토 / Pre-discussion' },
        {
          paragraph:
            '4주기 후 부분 관해. 뇌 MRI에서 전이 없음. 환자는 예방적 전뇌 조사에 대한 인지 기능 ' +
            '저하를 걱정하고 있음.',
        },
        {
          bullets: [
            '방사선종양학과: 공고 흉부 방사선치료 30 Gy/10회 가능.',
            'Berlin input requested: MRI surveillance schedule used in Germany?',
          ],
        },
      ],
    },
    {
      // Incomplete on purpose: no ECOG yet and the M category awaits PET-CT (readiness check).
      institution: 'SCCC',
      presenter: 'radiation.seoul@konsil.test',
      status: 'submitted',
      allottedMinutes: 6,
      content: {
        ageYears: 54,
        ageBand: null,
        sex: 'female',
        diagnosis: {
          icd10: { system: 'KCD', code: 'C37', text: '흉선의 악성 신생물' },
          topography: 'C37.9',
          morphology: '8585/3',
          laterality: 'not_applicable',
          diagnosedOn: ago(9),
        },
        staging: staged('8', 'cT3 cN0', null, null),
        biomarkers: [{ name: '항AChR 항체', result: '양성 (12.4 nmol/L)' }],
        ecog: null,
        comorbidities: '중증근무력증 (MGFA IIa), 피리도스티그민 복용 중',
        priorTherapies: [],
        references: [
          imaging(
            '흉부 CT 조영증강: 전종격동 종괴 7.2 cm, 좌측 완두정맥 및 좌상엽 침범 의심',
            ago(21),
            `${STUDY_ROOT}.56004`,
          ),
          pathology('CT 유도하 중심부 바늘생검: 흉선종 B3형 (WHO)', ago(9)),
        ],
        proms: globalHealth(ago, [
          [21, 67],
          [9, 58],
          [2, 58],
        ]),
        question:
          '흉선종 B3형, cT3 (좌측 완두정맥·폐 침범 의심): 일차 확대 흉선절제술 vs. 유도 ' +
          '화학요법(CAP) 후 수술? 수술 후 방사선치료(PORT) 계획 포함. PET-CT 대기 중.\n' +
          'Thymoma B3, cT3: upfront extended thymectomy or induction chemotherapy first?',
        consent: true,
        homeReference: 'SMC-2025-00342',
      },
    },
  ];
}
