// kernel k267_scatter
@group(0) @binding(0) var<storage, read_write> t1321: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t1244: array<f32>;
@group(0) @binding(3) var<storage, read> t1304: array<f32>;
@group(0) @binding(4) var<storage, read> t66: array<f32>;
@group(0) @binding(5) var<storage, read> t1315: array<f32>;
@group(0) @binding(6) var<storage, read> t59: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k267_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l57: f32 = in_tokens[j];
    if (i32(l57) == i / 64i) {
      let l1244: f32 = t1244[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l1304: f32 = t1304[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l67: f32 = t66[j / 64i * 64i + j % 64i];
      let v1308: f32 = l1304 * l67;
      let v1318: f32 = l1244 + v1308;
      let l1316: f32 = t1315[j / 64i * 64i + j % 64i];
      let l59: f32 = t59[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let v1317: f32 = l1316 * l59;
      let v1319: f32 = v1318 + v1317;
      let v1320: f32 = v1319 + v1317;
      acc += v1320;
    }
  }
  t1321[i] = acc;
}
