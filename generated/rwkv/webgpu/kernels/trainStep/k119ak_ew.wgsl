// kernel k119ak_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1510: array<f32>;
@group(0) @binding(2) var<storage, read> t910: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1512: array<f32>;
@group(0) @binding(4) var<storage, read> t701: array<f32>;
@group(0) @binding(5) var<storage, read> t901: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1513: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119ak_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l33: f32 = p_blocks_1_ln2_b[i];
    let x1510: f32 = t1510[i];
    let l969: f32 = t910[0i];
    let v1511: f32 = x1510 * l969;
    let v1512: f32 = l33 - v1511;
    t1512[i] = v1512;
    let l701: f32 = t701[i];
    let l946: f32 = t901[0i];
    let v1513: f32 = l701 * l946;
    t1513[i] = v1513;
  }
}
