// kernel k128_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t644: array<f32>;
@group(0) @binding(2) var<storage, read_write> t765: array<f32>;
@group(0) @binding(3) var<storage, read_write> t766: array<f32>;
@group(0) @binding(4) var<storage, read_write> t791: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l624: f32 = in_step[0i];
    let v643: bool = l624 < 20.0f;
    let v625: f32 = l624 + 1.0f;
    let v627: f32 = v625 * 0.00015f;
    let v629: f32 = l624 - 20.0f;
    let v631: f32 = v629 / 980.0f;
    let v633: f32 = max(v631, 0.0f);
    let v634: f32 = min(v633, 1.0f);
    let v636: f32 = v634 * 3.1415927f;
    let v637: f32 = cos(v636);
    let v638: f32 = v637 + 1.0f;
    let v640: f32 = v638 * 0.00135f;
    let v642: f32 = v640 + 0.0003f;
    let v644: f32 = select(v642, v627, v643);
    t644[0i] = v644;
    let v758: f32 = v625 * -0.105360515f;
    let v759: f32 = exp(v758);
    let v760: f32 = 1.0f - v759;
    let v765: f32 = v644 / v760;
    t765[0i] = v765;
    let v762: f32 = v625 * -0.051293295f;
    let v763: f32 = exp(v762);
    let v764: f32 = 1.0f - v763;
    let v766: f32 = sqrt(v764);
    t766[0i] = v766;
    let v790: f32 = v644 * 0.1f;
    let v791: f32 = 1.0f - v790;
    t791[0i] = v791;
  }
}
