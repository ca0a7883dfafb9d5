// kernel k179l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1345: array<f32>;
@group(0) @binding(2) var<storage, read> t849: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1347: array<f32>;
@group(0) @binding(4) var<storage, read> t354: array<f32>;
@group(0) @binding(5) var<storage, read> t840: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1381: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l24: f32 = p_layers_1_attn_wr_b[i];
    let x1345: f32 = t1345[i];
    let l908: f32 = t849[0i];
    let v1346: f32 = x1345 * l908;
    let v1347: f32 = l24 - v1346;
    t1347[i] = v1347;
    let l355: f32 = t354[i];
    let l885: f32 = t840[0i];
    let v1381: f32 = l355 * l885;
    t1381[i] = v1381;
  }
}
