import {
  type DaysAgo,
  type DemoCase,
  globalHealth,
  imaging,
  pathology,
  staged,
} from './demoCaseKit';

// Fictional DICOM study UIDs under one root per center.
const BERLIN_STUDIES = '1.2.276.0.7230010.3.1.2.8323329';
const SEOUL_STUDIES = '1.2.410.200013.1.215.2';
/**
 * Cases the previous joint board decided (about four weeks before seeding):
 * every clinical date lies before that board.
 */
export function pastBoardCases(berlinAgo: DaysAgo, seoulAgo: DaysAgo): DemoCase[] {
  return [
    {
      institution: 'CCCC',
      presenter: 'oncologist.berlin@konsil.test',
      status: 'decided',
      allottedMinutes: 10,
      content: {
        ageYears: 47,
        ageBand: null,
        sex: 'female',
        diagnosis: {
          icd10: {
            system: 'ICD-10-GM',
            code: 'C34.3',
            text: 'Bösartige Neubildung: Unterlappen (-Bronchus)',
          },
          topography: 'C34.3',
          morphology: '8140/3',
          laterality: 'right',
          diagnosedOn: berlinAgo(45),
        },
        staging: staged('9', 'cT1c cN2b cM1c1', 'IVB', 'G3'),
        biomarkers: [
          { name: 'ALK', result: 'EML4::ALK-Fusion, Variante 3 (RNA-NGS)' },
          { name: 'EGFR', result: 'Wildtyp (NGS)' },
          { name: 'PD-L1 (TPS)', result: '5 % (22C3)' },
          { name: 'TP53', result: 'p.R273H' },
        ],
        ecog: 1,
        comorbidities: 'Keine relevanten Vorerkrankungen. Nie-Raucherin.',
        priorTherapies: [],
        references: [
          imaging('CT Thorax/Abdomen mit KM', berlinAgo(50), `${BERLIN_STUDIES}.31`),
          imaging(
            'cMRT Schädel: vier asymptomatische Hirnmetastasen, größte 9 mm',
            berlinAgo(41),
            `${BERLIN_STUDIES}.32`,
          ),
          pathology('Bronchoskopische Biopsie: Adenokarzinom, TTF-1 positiv', berlinAgo(45)),
        ],
        proms: globalHealth(berlinAgo, [
          [45, 58],
          [38, 58],
          [31, 50],
        ]),
        question:
          'ALK-positives Adenokarzinom mit asymptomatischen Hirnmetastasen: Erstlinie Lorlatinib ' +
          'oder Alectinib? Zusätzlich Radiochirurgie der Hirnmetastasen?',
        consent: true,
        homeReference: 'CH-4711-0412',
      },
      notes: [
        { heading: 'Diskussion' },
        {
          paragraph:
            'Lorlatinib wegen besserer ZNS-Wirksamkeit (CROWN) bevorzugt; Radiochirurgie zunächst ' +
            'zurückgestellt, MRT-Kontrolle nach 8 Wochen.',
        },
        { paragraph: '서울 의견: 로라티닙 1차 치료에 동의, 체중 증가와 고지혈증 모니터링 필요.' },
      ],
    },
    {
      institution: 'SCCC',
      presenter: 'oncologist.seoul@konsil.test',
      status: 'decided',
      allottedMinutes: 8,
      content: {
        ageYears: 63,
        ageBand: null,
        sex: 'female',
        diagnosis: {
          icd10: { system: 'KCD', code: 'C34.3', text: '하엽, 기관지 또는 폐의 악성 신생물' },
          topography: 'C34.3',
          morphology: '8140/3',
          laterality: 'right',
          diagnosedOn: seoulAgo(70),
        },
        staging: staged('9', 'pT2a pN0 cM0', 'IB', 'G2'),
        biomarkers: [
          { name: 'EGFR', result: '엑손 21 L858R' },
          { name: 'ALK', result: '음성 (IHC)' },
          { name: 'PD-L1 (TPS)', result: '10 % (22C3)' },
        ],
        ecog: 0,
        comorbidities: '이상지질혈증, 비흡연자',
        priorTherapies: [
          {
            description: '흉강경 우하엽 절제술 및 종격동 림프절 절제술',
            startedOn: seoulAgo(44),
            endedOn: seoulAgo(44),
          },
        ],
        references: [
          imaging('흉부 CT 조영증강', seoulAgo(72), `${SEOUL_STUDIES}.54410`),
          pathology('수술 병리: 침윤성 선암 3.6 cm, 림프절 0/14, R0', seoulAgo(40)),
        ],
        proms: globalHealth(seoulAgo, [
          [70, 75],
          [43, 58],
          [32, 67],
        ]),
        question:
          '완전 절제된 IB기 EGFR L858R 폐선암: 오시머티닙 3년 보조요법(ADAURA) 권고 여부?\n' +
          'Completely resected stage IB, EGFR L858R: adjuvant osimertinib for three years?',
        consent: true,
        homeReference: 'SMC-2025-00288',
      },
      notes: [
        { heading: '토론 / Discussion' },
        {
          paragraph: '폐암은 완전 절제됨. 오시머티닙 3년 보조요법 권고 (ADAURA 전체 생존 이득).',
        },
        {
          paragraph:
            'Berlin: Zustimmung; Nachsorge mit CT-Thorax alle 6 Monate in den ersten zwei Jahren.',
        },
      ],
    },
    {
      institution: 'CCCC',
      presenter: 'surgeon.berlin@konsil.test',
      status: 'decided',
      allottedMinutes: 5,
      content: {
        ageYears: null,
        ageBand: '40-49',
        sex: 'female',
        diagnosis: {
          icd10: {
            system: 'ICD-10-GM',
            code: 'C34.2',
            text: 'Bösartige Neubildung: Mittellappen (-Bronchus)',
          },
          topography: 'C34.2',
          morphology: '8240/3',
          laterality: 'right',
          diagnosedOn: berlinAgo(60),
        },
        staging: staged('9', 'pT1b pN0 cM0', 'IA2', 'G1'),
        biomarkers: [{ name: 'Ki-67', result: '2 %; < 2 Mitosen / 2 mm²' }],
        ecog: 0,
        comorbidities: 'Asthma bronchiale, gut kontrolliert.',
        priorTherapies: [
          {
            description: 'VATS-Mittellappenresektion mit systematischer Lymphadenektomie',
            startedOn: berlinAgo(40),
            endedOn: berlinAgo(40),
          },
        ],
        references: [
          imaging('DOTATATE-PET/CT präoperativ', berlinAgo(55), `${BERLIN_STUDIES}.41`),
          pathology('Resektat: typisches Karzinoid, 1,4 cm, pN0 (0/12), R0', berlinAgo(35)),
        ],
        proms: globalHealth(berlinAgo, [
          [58, 75],
          [39, 67],
          [31, 83],
        ]),
        question:
          'Typisches Karzinoid pT1b pN0 R0: keine adjuvante Therapie – Zustimmung? Nachsorgeintervall?',
        consent: true,
        homeReference: 'CH-4711-0388',
      },
      notes: [
        { heading: 'Diskussion' },
        {
          paragraph:
            'Keine adjuvante Therapie. Nachsorge: CT-Thorax nach 6 und 12 Monaten, danach jährlich ' +
            'für zehn Jahre.',
        },
        { paragraph: '서울: 동의함.' },
      ],
    },
  ];
}
