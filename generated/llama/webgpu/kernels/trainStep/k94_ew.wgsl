// kernel k94_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t540: array<f32>;
@group(0) @binding(2) var<storage, read_write> t637: array<f32>;
@group(0) @binding(3) var<storage, read_write> t638: array<f32>;
@group(0) @binding(4) var<storage, read_write> t663: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l520: f32 = in_step[0i];
    let v539: bool = l520 < 20.0f;
    let v521: f32 = l520 + 1.0f;
    let v523: f32 = v521 * 0.00015f;
    let v525: f32 = l520 - 20.0f;
    let v527: f32 = v525 / 980.0f;
    let v529: f32 = max(v527, 0.0f);
    let v530: f32 = min(v529, 1.0f);
    let v532: f32 = v530 * 3.1415927f;
    let v533: f32 = cos(v532);
    let v534: f32 = v533 + 1.0f;
    let v536: f32 = v534 * 0.00135f;
    let v538: f32 = v536 + 0.0003f;
    let v540: f32 = select(v538, v523, v539);
    t540[0i] = v540;
    let v630: f32 = v521 * -0.105360515f;
    let v631: f32 = exp(v630);
    let v632: f32 = 1.0f - v631;
    let v637: f32 = v540 / v632;
    t637[0i] = v637;
    let v634: f32 = v521 * -0.051293295f;
    let v635: f32 = exp(v634);
    let v636: f32 = 1.0f - v635;
    let v638: f32 = sqrt(v636);
    t638[0i] = v638;
    let v662: f32 = v540 * 0.1f;
    let v663: f32 = 1.0f - v662;
    t663[0i] = v663;
  }
}
