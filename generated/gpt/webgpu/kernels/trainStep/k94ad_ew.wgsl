// kernel k94ad_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1242: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1251: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1247: array<f32>;
@group(0) @binding(5) var<storage, read> t646: array<f32>;
@group(0) @binding(6) var<storage, read> t645: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1257: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94ad_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1244: f32 = p_optim_v_blocks_1_mlp_proj_b[i];
    let v1248: f32 = l1244 * 0.95f;
    let x1242: f32 = t1242[i];
    let v1249: f32 = x1242 * x1242;
    let v1250: f32 = v1249 * 0.05f;
    let v1251: f32 = v1248 + v1250;
    t1251[i] = v1251;
    let l33: f32 = p_blocks_1_mlp_proj_b[i];
    let x1247: f32 = t1247[i];
    let v1252: f32 = sqrt(v1251);
    let l724: f32 = t646[0i];
    let v1253: f32 = v1252 / l724;
    let v1254: f32 = v1253 + 1e-8f;
    let v1255: f32 = x1247 / v1254;
    let l730: f32 = t645[0i];
    let v1256: f32 = v1255 * l730;
    let v1257: f32 = l33 - v1256;
    t1257[i] = v1257;
  }
}
