// kernel k23e_reduce
@group(0) @binding(0) var<storage, read> p_emb: array<f32>;
@group(0) @binding(1) var<storage, read> t753: array<f32>;
@group(0) @binding(2) var<storage, read> t805: array<f32>;
@group(0) @binding(3) var<storage, read> t817: array<f32>;
@group(0) @binding(4) var<storage, read> t794: array<f32>;
@group(0) @binding(5) var<storage, read_write> t828: array<f32>;
@group(0) @binding(6) var<storage, read_write> t820: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k23e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 16384i; col += 256i) {
    let l0: f32 = p_emb[col];
    let x753: f32 = t753[0i];
    let v819: f32 = x753 * 0.1f;
    let v820: f32 = 1.0f - v819;
    let v823: f32 = l0 * v820;
    let x805: f32 = t805[col];
    let x817: f32 = t817[col];
    let v824: f32 = x805 / x817;
    let x794: f32 = t794[0i];
    let v827: f32 = v824 * x794;
    let v828: f32 = v823 - v827;
    t828[col] = v828;
  }
  if (lid == 0i) {
    let x753_1: f32 = t753[0i];
    let v819_1: f32 = x753_1 * 0.1f;
    let v820_1: f32 = 1.0f - v819_1;
    t820[0i] = v820_1;
  }
}
