// kernel k114af_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wv_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t1285: array<f32>;
@group(0) @binding(2) var<storage, read> t710: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1287: array<f32>;
@group(0) @binding(4) var<storage, read> t334: array<f32>;
@group(0) @binding(5) var<storage, read> t701: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1305: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114af_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l31: f32 = p_blocks_1_attn_wv_beta[i];
    let x1285: f32 = t1285[i];
    let l795: f32 = t710[0i];
    let v1286: f32 = x1285 * l795;
    let v1287: f32 = l31 - v1286;
    t1287[i] = v1287;
    let l335: f32 = t334[i];
    let l772: f32 = t701[0i];
    let v1305: f32 = l335 * l772;
    t1305[i] = v1305;
  }
}
