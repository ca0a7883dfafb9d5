// kernel k139_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t652: array<f32>;
@group(0) @binding(2) var<storage, read_write> t817: array<f32>;
@group(0) @binding(3) var<storage, read_write> t818: array<f32>;
@group(0) @binding(4) var<storage, read_write> t843: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k139_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l632: f32 = in_step[0i];
    let v651: bool = l632 < 20.0f;
    let v633: f32 = l632 + 1.0f;
    let v635: f32 = v633 * 0.00015f;
    let v637: f32 = l632 - 20.0f;
    let v639: f32 = v637 / 980.0f;
    let v641: f32 = max(v639, 0.0f);
    let v642: f32 = min(v641, 1.0f);
    let v644: f32 = v642 * 3.1415927f;
    let v645: f32 = cos(v644);
    let v646: f32 = v645 + 1.0f;
    let v648: f32 = v646 * 0.00135f;
    let v650: f32 = v648 + 0.0003f;
    let v652: f32 = select(v650, v635, v651);
    t652[0i] = v652;
    let v810: f32 = v633 * -0.105360515f;
    let v811: f32 = exp(v810);
    let v812: f32 = 1.0f - v811;
    let v817: f32 = v652 / v812;
    t817[0i] = v817;
    let v814: f32 = v633 * -0.051293295f;
    let v815: f32 = exp(v814);
    let v816: f32 = 1.0f - v815;
    let v818: f32 = sqrt(v816);
    t818[0i] = v818;
    let v842: f32 = v652 * 0.1f;
    let v843: f32 = 1.0f - v842;
    t843[0i] = v843;
  }
}
