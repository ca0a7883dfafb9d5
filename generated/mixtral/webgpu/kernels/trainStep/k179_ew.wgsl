// kernel k179_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t862: array<f32>;
@group(0) @binding(2) var<storage, read_write> t967: array<f32>;
@group(0) @binding(3) var<storage, read_write> t968: array<f32>;
@group(0) @binding(4) var<storage, read_write> t993: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l843: f32 = in_step[0i];
    let v861: bool = l843 < 20.0f;
    let v844: f32 = l843 + 1.0f;
    let v846: f32 = v844 * 0.00015f;
    let v848: f32 = l843 - 20.0f;
    let v850: f32 = v848 / 980.0f;
    let v851: f32 = max(v850, 0.0f);
    let v852: f32 = min(v851, 1.0f);
    let v854: f32 = v852 * 3.1415927f;
    let v855: f32 = cos(v854);
    let v856: f32 = v855 + 1.0f;
    let v858: f32 = v856 * 0.00135f;
    let v860: f32 = v858 + 0.0003f;
    let v862: f32 = select(v860, v846, v861);
    t862[0i] = v862;
    let v960: f32 = v844 * -0.105360515f;
    let v961: f32 = exp(v960);
    let v962: f32 = 1.0f - v961;
    let v967: f32 = v862 / v962;
    t967[0i] = v967;
    let v964: f32 = v844 * -0.051293295f;
    let v965: f32 = exp(v964);
    let v966: f32 = 1.0f - v965;
    let v968: f32 = sqrt(v966);
    t968[0i] = v968;
    let v992: f32 = v862 * 0.1f;
    let v993: f32 = 1.0f - v992;
    t993[0i] = v993;
  }
}
