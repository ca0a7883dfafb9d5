// kernel k119aa_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_att_time_decay: array<f32>;
@group(0) @binding(1) var<storage, read> t1346: array<f32>;
@group(0) @binding(2) var<storage, read> t910: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1348: array<f32>;
@group(0) @binding(4) var<storage, read> t447: array<f32>;
@group(0) @binding(5) var<storage, read> t901: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1349: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119aa_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l23: f32 = p_blocks_1_att_time_decay[i];
    let x1346: f32 = t1346[i];
    let l969: f32 = t910[0i];
    let v1347: f32 = x1346 * l969;
    let v1348: f32 = l23 - v1347;
    t1348[i] = v1348;
    let l452: f32 = t447[134144i + i];
    let l946: f32 = t901[0i];
    let v1349: f32 = l452 * l946;
    t1349[i] = v1349;
  }
}
