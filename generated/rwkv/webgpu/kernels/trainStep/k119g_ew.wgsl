// kernel k119g_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1017: array<f32>;
@group(0) @binding(2) var<storage, read> t910: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1019: array<f32>;
@group(0) @binding(4) var<storage, read> t644: array<f32>;
@group(0) @binding(5) var<storage, read> t901: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1020: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l4: f32 = p_blocks_0_ln1_b[i];
    let x1017: f32 = t1017[i];
    let l969: f32 = t910[0i];
    let v1018: f32 = x1017 * l969;
    let v1019: f32 = l4 - v1018;
    t1019[i] = v1019;
    let l644: f32 = t644[i];
    let l946: f32 = t901[0i];
    let v1020: f32 = l644 * l946;
    t1020[i] = v1020;
  }
}
