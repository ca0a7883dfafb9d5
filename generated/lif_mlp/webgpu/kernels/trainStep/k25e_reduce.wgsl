// kernel k25e_reduce
@group(0) @binding(0) var<storage, read> p_emb: array<f32>;
@group(0) @binding(1) var<storage, read> t760: array<f32>;
@group(0) @binding(2) var<storage, read> t812: array<f32>;
@group(0) @binding(3) var<storage, read> t824: array<f32>;
@group(0) @binding(4) var<storage, read> t801: array<f32>;
@group(0) @binding(5) var<storage, read_write> t835: array<f32>;
@group(0) @binding(6) var<storage, read_write> t827: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 16384i; col += 256i) {
    let l0: f32 = p_emb[col];
    let x760: f32 = t760[0i];
    let v826: f32 = x760 * 0.1f;
    let v827: f32 = 1.0f - v826;
    let v830: f32 = l0 * v827;
    let x812: f32 = t812[col];
    let x824: f32 = t824[col];
    let v831: f32 = x812 / x824;
    let x801: f32 = t801[0i];
    let v834: f32 = v831 * x801;
    let v835: f32 = v830 - v834;
    t835[col] = v835;
  }
  if (lid == 0i) {
    let x760_1: f32 = t760[0i];
    let v826_1: f32 = x760_1 * 0.1f;
    let v827_1: f32 = 1.0f - v826_1;
    t827[0i] = v827_1;
  }
}
