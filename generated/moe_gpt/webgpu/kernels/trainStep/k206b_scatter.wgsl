// kernel k206b_scatter
@group(0) @binding(0) var<storage, read> t779: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t852: array<f32>;
@group(0) @binding(3) var<storage, read> t880: array<f32>;
@group(0) @binding(4) var<storage, read> t943: array<f32>;
@group(0) @binding(5) var<storage, read> t947: array<f32>;
@group(0) @binding(6) var<storage, read> t33: array<f32>;
@group(0) @binding(7) var<storage, read_write> t956: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k206b_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l779: f32 = t779[i];
  let x843: f32 = t843[i];
  let v950: f32 = l779 + x843;
  let x852: f32 = t852[i];
  let v951: f32 = v950 + x852;
  let v952: f32 = v951 + x852;
  let l880: f32 = t880[i];
  let v953: f32 = v952 + l880;
  let x943: f32 = t943[i];
  let v954: f32 = v953 + x943;
  let l948: f32 = t947[i / 64i];
  let l33: f32 = t33[i];
  let v949: f32 = l948 * l33;
  let v955: f32 = v954 + v949;
  let v956: f32 = v955 + v949;
  t956[i] = v956;
}
