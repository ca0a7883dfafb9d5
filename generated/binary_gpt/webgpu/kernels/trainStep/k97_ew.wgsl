// kernel k97_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t525: array<f32>;
@group(0) @binding(2) var<storage, read_write> t710: array<f32>;
@group(0) @binding(3) var<storage, read_write> t711: array<f32>;
@group(0) @binding(4) var<storage, read_write> t736: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k97_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l505: f32 = in_step[0i];
    let v524: bool = l505 < 20.0f;
    let v506: f32 = l505 + 1.0f;
    let v508: f32 = v506 * 0.00015f;
    let v510: f32 = l505 - 20.0f;
    let v512: f32 = v510 / 980.0f;
    let v514: f32 = max(v512, 0.0f);
    let v515: f32 = min(v514, 1.0f);
    let v517: f32 = v515 * 3.1415927f;
    let v518: f32 = cos(v517);
    let v519: f32 = v518 + 1.0f;
    let v521: f32 = v519 * 0.00135f;
    let v523: f32 = v521 + 0.0003f;
    let v525: f32 = select(v523, v508, v524);
    t525[0i] = v525;
    let v703: f32 = v506 * -0.105360515f;
    let v704: f32 = exp(v703);
    let v705: f32 = 1.0f - v704;
    let v710: f32 = v525 / v705;
    t710[0i] = v710;
    let v707: f32 = v506 * -0.051293295f;
    let v708: f32 = exp(v707);
    let v709: f32 = 1.0f - v708;
    let v711: f32 = sqrt(v709);
    t711[0i] = v711;
    let v735: f32 = v525 * 0.1f;
    let v736: f32 = 1.0f - v735;
    t736[0i] = v736;
  }
}
