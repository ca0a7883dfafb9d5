// kernel k119e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t988: array<f32>;
@group(0) @binding(2) var<storage, read_write> t997: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(4) var<storage, read> t993: array<f32>;
@group(0) @binding(5) var<storage, read> t911: array<f32>;
@group(0) @binding(6) var<storage, read> t910: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1003: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l990: f32 = p_optim_v_blocks_0_ln1_g[i];
    let v994: f32 = l990 * 0.95f;
    let x988: f32 = t988[i];
    let v995: f32 = x988 * x988;
    let v996: f32 = v995 * 0.05f;
    let v997: f32 = v994 + v996;
    t997[i] = v997;
    let l3: f32 = p_blocks_0_ln1_g[i];
    let x993: f32 = t993[i];
    let v998: f32 = sqrt(v997);
    let l963: f32 = t911[0i];
    let v999: f32 = v998 / l963;
    let v1000: f32 = v999 + 1e-8f;
    let v1001: f32 = x993 / v1000;
    let l969: f32 = t910[0i];
    let v1002: f32 = v1001 * l969;
    let v1003: f32 = l3 - v1002;
    t1003[i] = v1003;
  }
}
