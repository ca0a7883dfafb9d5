// kernel k268_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t1341: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1583: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1608: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k268_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l1322: f32 = in_step[0i];
    let v1340: bool = l1322 < 20.0f;
    let v1323: f32 = l1322 + 1.0f;
    let v1325: f32 = v1323 * 0.00015f;
    let v1327: f32 = l1322 - 20.0f;
    let v1329: f32 = v1327 / 980.0f;
    let v1330: f32 = max(v1329, 0.0f);
    let v1331: f32 = min(v1330, 1.0f);
    let v1333: f32 = v1331 * 3.1415927f;
    let v1334: f32 = cos(v1333);
    let v1335: f32 = v1334 + 1.0f;
    let v1337: f32 = v1335 * 0.00135f;
    let v1339: f32 = v1337 + 0.0003f;
    let v1341: f32 = select(v1339, v1325, v1340);
    t1341[0i] = v1341;
    let v1575: f32 = v1323 * -0.105360515f;
    let v1576: f32 = exp(v1575);
    let v1577: f32 = 1.0f - v1576;
    let v1582: f32 = v1341 / v1577;
    t1582[0i] = v1582;
    let v1579: f32 = v1323 * -0.051293295f;
    let v1580: f32 = exp(v1579);
    let v1581: f32 = 1.0f - v1580;
    let v1583: f32 = sqrt(v1581);
    t1583[0i] = v1583;
    let v1607: f32 = v1341 * 0.1f;
    let v1608: f32 = 1.0f - v1607;
    t1608[0i] = v1608;
  }
}
