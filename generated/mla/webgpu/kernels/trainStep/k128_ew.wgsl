// kernel k128_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t654: array<f32>;
@group(0) @binding(2) var<storage, read_write> t775: array<f32>;
@group(0) @binding(3) var<storage, read_write> t776: array<f32>;
@group(0) @binding(4) var<storage, read_write> t801: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l634: f32 = in_step[0i];
    let v653: bool = l634 < 20.0f;
    let v635: f32 = l634 + 1.0f;
    let v637: f32 = v635 * 0.00015f;
    let v639: f32 = l634 - 20.0f;
    let v641: f32 = v639 / 980.0f;
    let v643: f32 = max(v641, 0.0f);
    let v644: f32 = min(v643, 1.0f);
    let v646: f32 = v644 * 3.1415927f;
    let v647: f32 = cos(v646);
    let v648: f32 = v647 + 1.0f;
    let v650: f32 = v648 * 0.00135f;
    let v652: f32 = v650 + 0.0003f;
    let v654: f32 = select(v652, v637, v653);
    t654[0i] = v654;
    let v768: f32 = v635 * -0.105360515f;
    let v769: f32 = exp(v768);
    let v770: f32 = 1.0f - v769;
    let v775: f32 = v654 / v770;
    t775[0i] = v775;
    let v772: f32 = v635 * -0.051293295f;
    let v773: f32 = exp(v772);
    let v774: f32 = 1.0f - v773;
    let v776: f32 = sqrt(v774);
    t776[0i] = v776;
    let v800: f32 = v654 * 0.1f;
    let v801: f32 = 1.0f - v800;
    t801[0i] = v801;
  }
}
