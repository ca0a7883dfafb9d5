// kernel k119b_ew
@group(0) @binding(0) var<storage, read> p_ln0_g: array<f32>;
@group(0) @binding(1) var<storage, read> t967: array<f32>;
@group(0) @binding(2) var<storage, read> t910: array<f32>;
@group(0) @binding(3) var<storage, read_write> t971: array<f32>;
@group(0) @binding(4) var<storage, read> t676: array<f32>;
@group(0) @binding(5) var<storage, read> t901: array<f32>;
@group(0) @binding(6) var<storage, read_write> t972: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_ln0_g[i];
    let x967: f32 = t967[i];
    let l969: f32 = t910[0i];
    let v970: f32 = x967 * l969;
    let v971: f32 = l1 - v970;
    t971[i] = v971;
    let l677: f32 = t676[i];
    let l946: f32 = t901[0i];
    let v972: f32 = l677 * l946;
    t972[i] = v972;
  }
}
