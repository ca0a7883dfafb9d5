// kernel k119q_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1190: array<f32>;
@group(0) @binding(2) var<storage, read> t910: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1192: array<f32>;
@group(0) @binding(4) var<storage, read> t553: array<f32>;
@group(0) @binding(5) var<storage, read> t901: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1193: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l14: f32 = p_blocks_0_ln2_g[i];
    let x1190: f32 = t1190[i];
    let l969: f32 = t910[0i];
    let v1191: f32 = x1190 * l969;
    let v1192: f32 = l14 - v1191;
    t1192[i] = v1192;
    let l554: f32 = t553[i];
    let l946: f32 = t901[0i];
    let v1193: f32 = l554 * l946;
    t1193[i] = v1193;
  }
}
