// kernel k158v_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1329: array<f32>;
@group(0) @binding(2) var<storage, read> t817: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1331: array<f32>;
@group(0) @binding(4) var<storage, read> t436: array<f32>;
@group(0) @binding(5) var<storage, read> t808: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1349: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158v_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l26: f32 = p_blocks_1_attn_wv_b[i];
    let x1329: f32 = t1329[i];
    let l902: f32 = t817[0i];
    let v1330: f32 = x1329 * l902;
    let v1331: f32 = l26 - v1330;
    t1331[i] = v1331;
    let l437: f32 = t436[i];
    let l879: f32 = t808[0i];
    let v1349: f32 = l437 * l879;
    t1349[i] = v1349;
  }
}
