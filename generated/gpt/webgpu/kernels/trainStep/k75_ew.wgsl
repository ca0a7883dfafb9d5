// kernel k75_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t531: array<f32>;
@group(0) @binding(2) var<storage, read_write> t688: array<f32>;
@group(0) @binding(3) var<storage, read_write> t689: array<f32>;
@group(0) @binding(4) var<storage, read_write> t714: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k75_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l511: f32 = in_step[0i];
    let v530: bool = l511 < 20.0f;
    let v512: f32 = l511 + 1.0f;
    let v514: f32 = v512 * 0.00015f;
    let v516: f32 = l511 - 20.0f;
    let v518: f32 = v516 / 980.0f;
    let v520: f32 = max(v518, 0.0f);
    let v521: f32 = min(v520, 1.0f);
    let v523: f32 = v521 * 3.1415927f;
    let v524: f32 = cos(v523);
    let v525: f32 = v524 + 1.0f;
    let v527: f32 = v525 * 0.00135f;
    let v529: f32 = v527 + 0.0003f;
    let v531: f32 = select(v529, v514, v530);
    t531[0i] = v531;
    let v681: f32 = v512 * -0.105360515f;
    let v682: f32 = exp(v681);
    let v683: f32 = 1.0f - v682;
    let v688: f32 = v531 / v683;
    t688[0i] = v688;
    let v685: f32 = v512 * -0.051293295f;
    let v686: f32 = exp(v685);
    let v687: f32 = 1.0f - v686;
    let v689: f32 = sqrt(v687);
    t689[0i] = v689;
    let v713: f32 = v531 * 0.1f;
    let v714: f32 = 1.0f - v713;
    t714[0i] = v714;
  }
}
