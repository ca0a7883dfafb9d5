// kernel k94p_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t347: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1001: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ln1_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1005: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1009: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l997: f32 = p_optim_m_blocks_1_ln1_g[i];
    let v999: f32 = l997 * 0.9f;
    let l348: f32 = t347[i];
    let l707: f32 = t636[0i];
    let v996: f32 = l348 * l707;
    let v1000: f32 = v996 * 0.1f;
    let v1001: f32 = v999 + v1000;
    t1001[i] = v1001;
    let l998: f32 = p_optim_v_blocks_1_ln1_g[i];
    let v1002: f32 = l998 * 0.95f;
    let v1003: f32 = v996 * v996;
    let v1004: f32 = v1003 * 0.05f;
    let v1005: f32 = v1002 + v1004;
    t1005[i] = v1005;
    let v1006: f32 = sqrt(v1005);
    let l724: f32 = t646[0i];
    let v1007: f32 = v1006 / l724;
    let v1008: f32 = v1007 + 1e-8f;
    let v1009: f32 = v1001 / v1008;
    t1009[i] = v1009;
  }
}
