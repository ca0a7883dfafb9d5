// kernel k98_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t530: array<f32>;
@group(0) @binding(2) var<storage, read_write> t675: array<f32>;
@group(0) @binding(3) var<storage, read_write> t676: array<f32>;
@group(0) @binding(4) var<storage, read_write> t701: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k98_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l511: f32 = in_step[0i];
    let v529: bool = l511 < 20.0f;
    let v512: f32 = l511 + 1.0f;
    let v514: f32 = v512 * 0.00015f;
    let v516: f32 = l511 - 20.0f;
    let v518: f32 = v516 / 980.0f;
    let v519: f32 = max(v518, 0.0f);
    let v520: f32 = min(v519, 1.0f);
    let v522: f32 = v520 * 3.1415927f;
    let v523: f32 = cos(v522);
    let v524: f32 = v523 + 1.0f;
    let v526: f32 = v524 * 0.00135f;
    let v528: f32 = v526 + 0.0003f;
    let v530: f32 = select(v528, v514, v529);
    t530[0i] = v530;
    let v668: f32 = v512 * -0.105360515f;
    let v669: f32 = exp(v668);
    let v670: f32 = 1.0f - v669;
    let v675: f32 = v530 / v670;
    t675[0i] = v675;
    let v672: f32 = v512 * -0.051293295f;
    let v673: f32 = exp(v672);
    let v674: f32 = 1.0f - v673;
    let v676: f32 = sqrt(v674);
    t676[0i] = v676;
    let v700: f32 = v530 * 0.1f;
    let v701: f32 = 1.0f - v700;
    t701[0i] = v701;
  }
}
