// kernel k154_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t754: array<f32>;
@group(0) @binding(2) var<storage, read_write> t899: array<f32>;
@group(0) @binding(3) var<storage, read_write> t900: array<f32>;
@group(0) @binding(4) var<storage, read_write> t925: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k154_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l734: f32 = in_step[0i];
    let v753: bool = l734 < 20.0f;
    let v735: f32 = l734 + 1.0f;
    let v737: f32 = v735 * 0.00015f;
    let v739: f32 = l734 - 20.0f;
    let v741: f32 = v739 / 980.0f;
    let v743: f32 = max(v741, 0.0f);
    let v744: f32 = min(v743, 1.0f);
    let v746: f32 = v744 * 3.1415927f;
    let v747: f32 = cos(v746);
    let v748: f32 = v747 + 1.0f;
    let v750: f32 = v748 * 0.00135f;
    let v752: f32 = v750 + 0.0003f;
    let v754: f32 = select(v752, v737, v753);
    t754[0i] = v754;
    let v892: f32 = v735 * -0.105360515f;
    let v893: f32 = exp(v892);
    let v894: f32 = 1.0f - v893;
    let v899: f32 = v754 / v894;
    t899[0i] = v899;
    let v896: f32 = v735 * -0.051293295f;
    let v897: f32 = exp(v896);
    let v898: f32 = 1.0f - v897;
    let v900: f32 = sqrt(v898);
    t900[0i] = v900;
    let v924: f32 = v754 * 0.1f;
    let v925: f32 = 1.0f - v924;
    t925[0i] = v925;
  }
}
